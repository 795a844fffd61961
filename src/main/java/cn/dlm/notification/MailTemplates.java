package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates under {@code templates/mail/}: for a mail named {@code x} the files
 * {@code x-subject.txt}, {@code x.html} and {@code x.txt}. HTML output escapes every value.
 */
@FeatureApi
@Component
public class MailTemplates {

  private static final int MAX_SUBJECT_CHARS = 120;

  private final TemplateEngine engine = new TemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  public MailContent render(String name, Map<String, Object> model) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE, model);
    String subject = SafeText.line(engine.process(name + "-subject.txt", context), MAX_SUBJECT_CHARS);
    String html = engine.process(name + ".html", context);
    String text = engine.process(name + ".txt", context);
    return new MailContent(subject, html, text);
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }
}
