package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.people.Person;
import java.util.Optional;

/** A person who receives mail: Camunda user id, mail address and the name to greet. */
@FeatureApi
public record MailRecipient(String userId, String address, String displayName) {

  static MailRecipient of(String userId, Optional<Person> person) {
    Person addressee = person.filter(p -> p.email() != null)
        .orElseThrow(() -> new MailAddressMissingException(userId));
    return new MailRecipient(userId, addressee.email(), addressee.name());
  }
}
