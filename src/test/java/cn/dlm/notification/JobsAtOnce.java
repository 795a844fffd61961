package cn.dlm.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;

/** Runs jobs at the same moment on threads of their own, as the job executors of several nodes would. */
final class JobsAtOnce {

  private JobsAtOnce() {}

  /** Returns how many of the jobs ran through; the others collided (optimistic locking) and rolled back. */
  static int run(ManagementService managementService, List<String> jobIds) throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(jobIds.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> runs = new ArrayList<>();
      for (String jobId : jobIds) {
        runs.add(nodes.submit(() -> {
          start.await();
          try {
            managementService.executeJob(jobId);
            return true;
          } catch (RuntimeException collision) {
            return false;
          }
        }));
      }
      start.countDown();
      int succeeded = 0;
      for (Future<Boolean> run : runs) {
        succeeded += run.get(2, TimeUnit.MINUTES) ? 1 : 0;
      }
      return succeeded;
    } finally {
      nodes.shutdown();
    }
  }
}
