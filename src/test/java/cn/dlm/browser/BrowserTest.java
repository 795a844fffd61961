package cn.dlm.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the running application in headless Chromium: the demo profile on a random
 * port with an in-memory database, and a fresh {@link Browser} for each test method (declare it as
 * a parameter). Name the class {@code *BrowserIT}: failsafe runs it in {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}
