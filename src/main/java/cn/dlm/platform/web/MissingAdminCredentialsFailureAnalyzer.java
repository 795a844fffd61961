package cn.dlm.platform.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

public class MissingAdminCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminCredentialsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminCredentialsException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Export CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD, or run the demo profile "
            + "(--spring.profiles.active=demo).", cause);
  }
}
