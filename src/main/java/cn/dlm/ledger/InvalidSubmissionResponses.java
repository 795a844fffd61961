package cn.dlm.ledger;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps an exception thrown by a task listener twice ("ENGINE-03051 … Exception while
 * invoking TaskListener: …") and the REST API answers 500. For an {@link InvalidSubmission} this
 * answers 400 with the Chinese message alone, which Tasklist shows under the form.
 */
@Configuration
public class InvalidSubmissionResponses {

  @Bean
  ResourceConfigCustomizer invalidSubmissionMapping() {
    return config -> config.register(Mapper.class);
  }

  @Priority(Priorities.USER - 100)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      InvalidSubmission invalid = find(exception);
      if (invalid == null) {
        return camundaDefault.toResponse(exception);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", InvalidSubmission.class.getSimpleName());
      body.put("message", invalid.getMessage());
      body.put("code", 0);
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static InvalidSubmission find(Throwable exception) {
      for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof InvalidSubmission invalid) {
          return invalid;
        }
      }
      return null;
    }
  }
}
