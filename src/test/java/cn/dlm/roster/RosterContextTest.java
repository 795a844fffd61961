package cn.dlm.roster;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(smtpSetup()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void sendThroughGreenMail(DynamicPropertyRegistry registry) {
    registry.add("dlm.mail.transport", () -> "smtp");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
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

  private static ServerSetup smtpSetup() {
    ServerSetup setup = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
