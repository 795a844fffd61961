package cn.dlm.demo;

import static cn.dlm.access.AccessModel.OFFICE_GROUP;
import static cn.dlm.access.AccessModel.SUPERVISORS_GROUP;
import static cn.dlm.access.AccessModel.TEAM_GROUP_TYPE;

import cn.dlm.access.IdentityUpdates;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the organizing office (组织办), one supervisor (督导组) and one leadership
 * team (某县人民政府党组) with its secretary (党组书记) and five members. Skips whatever exists.
 */
@Component
@Profile("demo")
public class DemoData {

  public static final String TEAM_ID = "county-gov-party-group";
  public static final String TEAM_NAME = "某县人民政府党组";
  public static final String SECRETARY = "wangjianguo";
  public static final List<String> MEMBERS = List.of("lihua", "zhangmin", "sunlei", "zhouyan", "wuhao");

  static final List<DemoPerson> PEOPLE = List.of(
      new DemoPerson("liufang", "刘", "芳", OFFICE_GROUP),
      new DemoPerson("chenjing", "陈", "静", OFFICE_GROUP),
      new DemoPerson("zhaoqiang", "赵", "强", SUPERVISORS_GROUP),
      new DemoPerson(SECRETARY, "王", "建国", TEAM_ID),
      new DemoPerson("lihua", "李", "华", TEAM_ID),
      new DemoPerson("zhangmin", "张", "敏", TEAM_ID),
      new DemoPerson("sunlei", "孙", "磊", TEAM_ID),
      new DemoPerson("zhouyan", "周", "燕", TEAM_ID),
      new DemoPerson("wuhao", "吴", "昊", TEAM_ID));

  private final IdentityService identityService;
  private final IdentityUpdates identities;
  private final String password;

  public DemoData(IdentityService identityService, IdentityUpdates identities,
      @Value("${dlm.demo.password:Dlm#2026pass}") String password) {
    this.identityService = identityService;
    this.identities = identities;
    this.password = password;
  }

  @EventListener
  @Order(2)
  public void onEngineReady(ApplicationStartedEvent event) {
    identities.ensureGroup(TEAM_ID, TEAM_NAME, TEAM_GROUP_TYPE);
    PEOPLE.forEach(this::ensurePerson);
  }

  private void ensurePerson(DemoPerson person) {
    if (identityService.createUserQuery().userId(person.id()).count() == 0) {
      User user = identityService.newUser(person.id());
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (String group : person.groups()) {
      identities.ensureMembership(person.id(), group);
    }
  }
}
