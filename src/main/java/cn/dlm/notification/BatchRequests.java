package cn.dlm.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

/**
 * The mails a {@code mail-batch} instance carries until it is prepared ({@code mailRequests}): JSON, kept as bytes,
 * so that queueing fifty mails is one instance and one variable in the deciding transaction, not fifty instances.
 */
final class BatchRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Queued(String kind, String recipient, List<String> taskIds, String decisionId, long requestedAt) {}

  private BatchRequests() {}

  static byte[] encode(List<MailRequest> requests) {
    try {
      return JSON.writeValueAsBytes(requests.stream().map(request -> new Queued(request.kind(), request.recipient(),
          request.taskIds(), request.decisionId(), request.requestedAt().getTime())).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<MailRequest> decode(byte[] json) {
    try {
      return JSON.readValue(json, new TypeReference<List<Queued>>() {}).stream().map(queued -> new MailRequest(
          queued.kind(), queued.recipient(), queued.taskIds(), queued.decisionId(), new Date(queued.requestedAt())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("本批邮件的排队记录无法读取", e);
    }
  }
}
