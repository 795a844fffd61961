package cn.dlm.robot;

import cn.dlm.access.AccessModel;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's view of the groups' robots (群机器人): list them (masked), set one, remove one. Addresses and secrets
 * go in and never come out.
 */
@RestController
@RequestMapping("/api/robots")
class RobotApi {

  private final GroupRobots robots;
  private final PeopleDirectory people;

  RobotApi(GroupRobots robots, PeopleDirectory people) {
    this.robots = robots;
    this.people = people;
  }

  @GetMapping
  List<Map<String, Object>> list(HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP, AccessModel.ADMIN_GROUP);
    return robots.all().stream().map(this::view).toList();
  }

  /** Body {@code {"kind": "钉钉", "webhook": "https://…", "secret": "SEC…"}}; a missing secret keeps the stored one. */
  @PutMapping("/{groupId}")
  Map<String, Object> set(@PathVariable String groupId, @RequestBody(required = false) Map<String, Object> body,
      HttpServletRequest request) {
    ApiUser user = ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP, AccessModel.ADMIN_GROUP);
    if (!robots.mayHaveRobot(groupId)) {
      throw ApiException.notFound("未找到领导班子或组织办“" + groupId + "”，只有它们可以设置群机器人。");
    }
    Map<String, Object> input = body == null ? Map.of() : body;
    String kind = text(input.get("kind"));
    String webhook = text(input.get("webhook"));
    String secret = input.containsKey("secret") ? String.valueOf(input.get("secret") == null ? "" : input.get("secret")) : null;
    List<String> problems = robots.problems(kind, webhook, secret);
    if (!problems.isEmpty()) {
      throw ApiException.badRequest(String.join("", problems));
    }
    robots.set(groupId, kind, webhook, secret, user.id());
    return robots.all().stream().filter(robot -> robot.groupId().equals(groupId)).findFirst().map(this::view)
        .orElseThrow();
  }

  @DeleteMapping("/{groupId}")
  Map<String, Object> remove(@PathVariable String groupId, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP, AccessModel.ADMIN_GROUP);
    if (!robots.remove(groupId)) {
      throw ApiException.notFound("“" + groupId + "”没有设置群机器人。");
    }
    return Map.of("groupId", groupId, "removed", true);
  }

  private Map<String, Object> view(GroupRobot robot) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("groupId", robot.groupId());
    view.put("groupName", people.groupName(robot.groupId()));
    view.put("kind", robot.kind().label());
    view.put("webhook", robot.maskedWebhook());
    view.put("secret", robot.maskedSecret());
    view.put("updatedBy", robot.updatedBy());
    view.put("updatedByName", robot.updatedBy() == null ? null : people.displayName(robot.updatedBy()));
    view.put("updatedAt", robot.updatedAt());
    return view;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
