package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code POST /api/materials/parse} over HTTP, with the demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class MaterialApiTest {

  private static final String PASSWORD = "Dlm#2026pass";
  private static final String URL = "/api/materials/parse";
  private static final String MATERIAL = """
      关于2025年度民主生活会的个人对照检查材料
      一、存在的问题
      （一）理论学习方面。一是学习不够系统。二是作风不够扎实。
      二、原因剖析
      1.理想信念有所松动。
      三、整改措施
      （一）加强理论学习。一是制定计划。二是按期研讨。
      """;

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;

  private String deploymentId;

  @AfterEach
  void removeDeployment() {
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void pastedTextComesBackAsProblemsCausesAndMeasures() {
    ResponseEntity<JsonNode> response = postText("lihua", MATERIAL, "text/plain;charset=UTF-8");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = response.getBody();
    assertThat(body.fieldNames()).toIterable().containsExactly("problems", "causes", "measures", "warnings");
    assertThat(body.get("warnings")).isEmpty();
    assertThat(body.get("problems")).hasSize(2);
    JsonNode first = body.get("problems").get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly("area", "title", "text", "suggestedArea");
    assertThat(first.get("area").asText()).isEqualTo("理论学习");
    assertThat(first.get("title").asText()).isEqualTo("学习不够系统");
    assertThat(first.get("text").asText()).isEqualTo("学习不够系统。");
    assertThat(first.has("suggestedArea")).isTrue();
    assertThat(body.get("causes").get(0).get("title").asText()).isEqualTo("理想信念有所松动");
    assertThat(body.get("measures")).hasSize(1);
    assertThat(body.get("measures").get(0).get("text").asText()).isEqualTo("加强理论学习。一是制定计划。二是按期研讨。");
  }

  @Test
  void withoutHeadingsTheAreaIsNullAndTheGivenAreasAreSuggested() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("lihua", PASSWORD).postForEntity(
        URL + "?areas=理论学习&areas=廉洁自律", textEntity("一、存在问题\n1.廉洁意识有所弱化。\n2.学习深度不够。", "text/plain"),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode problems = response.getBody().get("problems");
    assertThat(problems.get(0).get("area").isNull()).isTrue();
    assertThat(problems.get(0).get("suggestedArea").asText()).isEqualTo("廉洁自律");
    assertThat(problems.get(1).get("suggestedArea").asText()).isEqualTo("理论学习");
  }

  @Test
  void warningsComeWithTheStructure() {
    ResponseEntity<JsonNode> counted = postText("lihua", "一、学习研讨方面（3条）\n1.学得不深,悟得不透\n2.研讨不够,交流不多\n",
        "text/plain;charset=UTF-8");
    ResponseEntity<JsonNode> unstructured = postText("lihua", "今天开了一个会。", "text/plain");

    assertThat(counted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(counted.getBody().get("problems")).hasSize(2);
    JsonNode warning = counted.getBody().get("warnings").get(0);
    assertThat(warning.fieldNames()).toIterable().containsExactly("code", "message");
    assertThat(warning.get("code").asText()).isEqualTo("COUNT_MISMATCH");
    assertThat(warning.get("message").asText()).isEqualTo("“学习研讨”标明 3 条，实际识别出 2 条：请核对是否有问题漏写、合并或编号有误。");
    assertThat(unstructured.getBody().get("warnings").get(0).get("code").asText()).isEqualTo("NO_PROBLEMS");
  }

  @Test
  void anonymousCallersAreTurnedAway() {
    ResponseEntity<JsonNode> response = http.postForEntity(URL, textEntity(MATERIAL, "text/plain"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wordAndTextFilesCanBeUploaded() throws IOException {
    byte[] docx = new Docx().paragraph("一、存在的问题").paragraph("1.学习深度不够。").bytes();
    byte[] gbkText = MATERIAL.getBytes(Charset.forName("GBK"));

    ResponseEntity<JsonNode> word = upload("lihua", "材料.docx", docx);
    ResponseEntity<JsonNode> text = upload("lihua", "材料.txt", gbkText);

    assertThat(word.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(word.getBody().get("problems").get(0).get("title").asText()).isEqualTo("学习深度不够");
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(text.getBody().get("problems")).hasSize(2);
  }

  @Test
  void moreThanOneMegabyteIsRefusedWith413() {
    String large = "一、存在问题\n1." + "学".repeat(MaterialText.MAX_BYTES / 3);

    ResponseEntity<JsonNode> pasted = postText("lihua", large, "text/plain;charset=UTF-8");
    ResponseEntity<JsonNode> uploaded = upload("lihua", "材料.txt", large.getBytes(StandardCharsets.UTF_8));

    for (ResponseEntity<JsonNode> response : List.of(pasted, uploaded)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
      assertThat(response.getBody().get("message").asText()).contains("超过 1 MB");
    }
  }

  @Test
  void uploadBeyondTheMultipartLimitIsRefusedWith413AndAMessage() {
    ResponseEntity<JsonNode> response = upload("lihua", "材料.txt", new byte[5 * 1024 * 1024]);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody().get("message").asText()).contains("过大");
  }

  @Test
  void malformedUploadsAreBadRequests() {
    ResponseEntity<JsonNode> withoutBoundary = http.withBasicAuth("lihua", PASSWORD).postForEntity(URL,
        textEntity("not a part", "multipart/form-data"), JsonNode.class);
    ResponseEntity<JsonNode> withoutParts = http.withBasicAuth("lihua", PASSWORD).postForEntity(URL,
        textEntity("--other\r\nnot a part", "multipart/form-data; boundary=expected"), JsonNode.class);

    assertThat(withoutBoundary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutBoundary.getBody().get("message").asText()).contains("无法读取");
    assertThat(withoutParts.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutParts.getBody().get("message").asText()).contains("没有收到材料内容");
  }

  @Test
  void binaryEmptyAndUnstructuredInputsNeverFail() {
    byte[] binary = new byte[2048];
    new Random(3).nextBytes(binary);

    ResponseEntity<JsonNode> binaryBody = http.withBasicAuth("lihua", PASSWORD)
        .postForEntity(URL, new HttpEntity<>(binary, headers("text/plain")), JsonNode.class);
    ResponseEntity<JsonNode> binaryFile = upload("lihua", "材料.docx", binary);
    ResponseEntity<JsonNode> empty = postText("lihua", "  \n ", "text/plain");
    ResponseEntity<JsonNode> unstructured = postText("lihua", "今天开了一个会。", "text/plain");

    assertThat(binaryBody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(binaryBody.getBody().get("message").asText()).contains("无法识别");
    assertThat(binaryFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(binaryFile.getBody().get("message").asText()).contains("Word");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().get("message").asText()).contains("没有收到材料内容");
    assertThat(unstructured.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unstructured.getBody().get("problems")).isEmpty();
    assertThat(unstructured.getBody().get("causes")).isEmpty();
    assertThat(unstructured.getBody().get("measures")).isEmpty();
  }

  @Test
  void otherContentTypesAreUnsupported() {
    ResponseEntity<JsonNode> response = postText("lihua", "{\"text\":\"x\"}", "application/json");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(response.getBody().get("message").asText()).isNotBlank();
  }

  @Test
  void areasAreTakenFromTheCycleOfATaskTheCallerMaySee() {
    String taskId = taskOfLihuaInACycleWithAreas("理论学习", "工作作风");
    String text = "一、存在问题\n1.作风不够扎实。";

    ResponseEntity<JsonNode> own = http.withBasicAuth("lihua", PASSWORD)
        .postForEntity(URL + "?taskId=" + taskId, textEntity(text, "text/plain"), JsonNode.class);
    ResponseEntity<JsonNode> foreign = http.withBasicAuth("zhangmin", PASSWORD)
        .postForEntity(URL + "?taskId=" + taskId, textEntity(text, "text/plain"), JsonNode.class);
    ResponseEntity<JsonNode> unknown = http.withBasicAuth("lihua", PASSWORD)
        .postForEntity(URL + "?taskId=no-such-task", textEntity(text, "text/plain"), JsonNode.class);

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().get("problems").get(0).get("suggestedArea").asText()).isEqualTo("工作作风");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("message").asText()).contains("找不到该任务");
  }

  private String taskOfLihuaInACycleWithAreas(String... areas) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("material-api-test")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("writeMaterial").camundaAssignee("lihua")
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().addModelInstance("material-api-test.bpmn", model)
        .deploy().getId();
    String json = "[\"" + String.join("\",\"", areas) + "\"]";
    String instanceId = runtimeService.startProcessInstanceByKey("material-api-test",
        Map.of("areas", SpinValues.jsonValue(json).create())).getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private ResponseEntity<JsonNode> postText(String user, String text, String contentType) {
    return http.withBasicAuth(user, PASSWORD).postForEntity(URL, textEntity(text, contentType), JsonNode.class);
  }

  private ResponseEntity<JsonNode> upload(String user, String filename, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    return http.withBasicAuth(user, PASSWORD)
        .postForEntity(URL, new HttpEntity<>(parts, headers(MediaType.MULTIPART_FORM_DATA_VALUE)), JsonNode.class);
  }

  private static HttpEntity<byte[]> textEntity(String text, String contentType) {
    return new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers(contentType));
  }

  private static HttpHeaders headers(String contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(contentType));
    return headers;
  }
}
