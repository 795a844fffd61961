package cn.dlm.password;

import cn.dlm.notification.MailContent;
import cn.dlm.notification.MailContentBuilder;
import cn.dlm.notification.MailRecipient;
import cn.dlm.notification.MailRequest;
import cn.dlm.notification.MailTemplates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a set-password mail when its sending job runs, issuing the token in that job's
 * transaction: a failed delivery rolls the token back, and only its hash is ever stored.
 */
class PasswordMail implements MailContentBuilder {

  private final String kind;
  private final String template;
  private final PasswordTokens tokens;
  private final MailTemplates templates;
  private final String pageUrl;

  PasswordMail(String kind, String template, PasswordTokens tokens, MailTemplates templates, String baseUrl) {
    this.kind = kind;
    this.template = template;
    this.tokens = tokens;
    this.templates = templates;
    this.pageUrl = baseUrl.replaceAll("/+$", "") + "/password/set.html";
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public boolean carriesSecret() {
    return true;
  }

  @Override
  public Optional<MailContent> build(MailRequest request, MailRecipient recipient) {
    String token = tokens.issue(recipient.userId());
    String link = pageUrl + "?login=" + URLEncoder.encode(recipient.userId(), StandardCharsets.UTF_8)
        + "&token=" + token;
    return Optional.of(templates.render(template, Map.of(
        "recipient", recipient,
        "login", recipient.userId(),
        "link", link,
        "hours", tokens.validity().toHours())));
  }
}
