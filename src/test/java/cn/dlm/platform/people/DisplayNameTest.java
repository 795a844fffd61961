package cn.dlm.platform.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** Display names in Chinese order, the one rule every form, mail and export uses. */
class DisplayNameTest {

  static User user(String id, String lastName, String firstName) {
    UserEntity user = new UserEntity(id);
    user.setLastName(lastName);
    user.setFirstName(firstName);
    return user;
  }

  @Test
  void familyNameFirstWithoutASpace() {
    assertThat(PeopleDirectory.nameOf(user("liufang", "刘", "芳"))).isEqualTo("刘芳");
    assertThat(PeopleDirectory.nameOf(user("ouyang", " 欧阳 ", " 明 "))).isEqualTo("欧阳明");
  }

  @Test
  void aMissingPartIsLeftOutNeverShownAsNull() {
    assertThat(PeopleDirectory.nameOf(user("zhao", "赵", null))).isEqualTo("赵");
    assertThat(PeopleDirectory.nameOf(user("ming", null, "明"))).isEqualTo("明");
  }

  @Test
  void aUserWithoutANameIsShownByLogin() {
    assertThat(PeopleDirectory.nameOf(user("robot", null, null))).isEqualTo("robot");
    assertThat(PeopleDirectory.nameOf(user("blank", " ", ""))).isEqualTo("blank");
  }
}
