package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailTransportTest {

  private final MimeComposer composer = new MimeComposer(
      new MailProperties(MailProperties.Transport.OUTBOX, null, null, null, null, null, null));
  private final MailRecipient lihua = new MailRecipient("lihua", "lihua@dlm.example.cn", "李华");
  private final MailContent content = new MailContent("【新待办】撰写个人对照检查材料", "<p>李华同志：</p>", "李华同志：");

  @TempDir Path outbox;

  @Test
  void writesOneOpenableEmlFilePerMailAndTheSameMailTwiceStaysOneFile() throws Exception {
    OutboxMailTransport transport = new OutboxMailTransport(outbox, ZoneId.of("Asia/Shanghai"));
    Date decidedAt = new Date(1_793_581_200_000L);

    transport.deliver(composer.compose("new-task.t1.created.1.lihua", lihua, content, decidedAt));
    transport.deliver(composer.compose("new-task.t1.created.1.lihua", lihua, content, decidedAt));

    List<Path> files = emlFiles();
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString()).matches("20261102-090000-new-task\\.[0-9a-f]{32}\\.eml");
    try (InputStream in = Files.newInputStream(files.get(0))) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(message.getSubject()).isEqualTo("【新待办】撰写个人对照检查材料");
      assertThat(((InternetAddress) message.getAllRecipients()[0]).getPersonal()).isEqualTo("李华");
      assertThat(message.getMessageID()).isEqualTo(MessageIds.of("new-task.t1.created.1.lihua", "dlm.example.cn"));
    }

    transport.deliver(composer.compose("new-task.t2.created.1.lihua", lihua, content, decidedAt));
    assertThat(emlFiles()).hasSize(2);
  }

  @Test
  void messageIdsAreStablePerKeyAndDistinctAcrossKeys() {
    String id = MessageIds.of("reminder.sweep-1.lihua", "dlm.example.cn");

    assertThat(MessageIds.of("reminder.sweep-1.lihua", "dlm.example.cn")).isEqualTo(id);
    assertThat(MessageIds.of("reminder.sweep-2.lihua", "dlm.example.cn")).isNotEqualTo(id);
    assertThat(id).matches("<reminder\\.[0-9a-f]{32}@dlm\\.example\\.cn>");
  }

  private List<Path> emlFiles() throws Exception {
    try (Stream<Path> files = Files.list(outbox)) {
      return files.filter(file -> file.toString().endsWith(".eml")).toList();
    }
  }
}
