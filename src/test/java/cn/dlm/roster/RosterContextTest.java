package cn.dlm.roster;

import cn.dlm.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port with demo data, mail sent to GreenMail. Roster and password
 * tests share this context (and no other test does, since imports add users and teams).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class RosterContextTest {

  private static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static final GreenMailExtension smtp = TestSmtp.server(SMTP);

  @DynamicPropertySource
  static void sendThroughGreenMail(DynamicPropertyRegistry registry) {
    TestSmtp.sendThrough(SMTP, registry);
  }

  @Autowired TestRestTemplate http;
  @Autowired ManagementService managementService;

  @BeforeEach
  void emptyMailboxes() throws FolderException {
    smtp.purgeEmailFromAllMailboxes();
  }

  /** Runs every queued mail job, as the job executor would: each mail's preparation, then its sending. */
  void deliverQueuedMail() {
    for (int step = 0; step < 2; step++) {
      managementService.createJobQuery().processDefinitionKey("mail-delivery").list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
  }


}
