package cn.dlm.benchmark;

import cn.dlm.DlmApplication;
import cn.dlm.support.PostgresCondition;
import cn.dlm.support.PostgresServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The county-season benchmark (docs/performance.md): {@code ./mvnw -Pbenchmark verify}. For each database
 * it runs the season ({@link SeasonRun}), the bare-engine baseline ({@link BaselineRun}) and start-ups of
 * our app and of the bare app, both on the season's database, each in a JVM of its own; GreenMail here
 * receives the mail. Prints the figures and writes them into docs/performance.md.
 */
public final class SeasonBenchmark {

  private final BenchmarkSettings settings;
  private final ChildJvm jvm;
  private final Path work;
  private final GreenMail smtp;
  private final int smtpPort;

  private SeasonBenchmark(BenchmarkSettings settings, Path work) {
    this.settings = settings;
    this.work = work;
    this.jvm = new ChildJvm(work, settings.jvmOptions());
    this.smtpPort = freePort();
    ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    this.smtp = new GreenMail(setup);
  }

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    Path work = Path.of("target", "benchmark").toAbsolutePath();
    deleteRecursively(work);
    Files.createDirectories(work);
    Machine machine = Machine.now();
    Output.progress(settings.command());
    SeasonBenchmark benchmark = new SeasonBenchmark(settings, work);
    List<DatabaseFigures> figures = benchmark.run();
    Report report = new Report(settings, machine, Machine.currentLoad(), figures);
    String markdown = report.markdown();
    System.out.println("\n" + markdown);
    Files.writeString(work.resolve("figures.md"), markdown);
    report.writeInto(Path.of("docs", "performance.md"));
    Output.progress("figures written to docs/performance.md and " + work.resolve("figures.md"));
  }

  private List<DatabaseFigures> run() {
    smtp.start();
    try {
      List<DatabaseFigures> figures = new ArrayList<>();
      for (String kind : settings.databases()) {
        databasesFor(kind).ifPresent(pair -> figures.add(measure(pair)));
      }
      if (figures.isEmpty()) {
        throw new IllegalStateException("No database to measure on: -Ddatabases=" + settings.databases());
      }
      return figures;
    } finally {
      smtp.stop();
    }
  }

  /** The season's database and the baseline's, both empty. */
  record Databases(Database season, Database bare, String version, Runnable dropBoth) {}

  private Optional<Databases> databasesFor(String kind) {
    if (Database.H2.equals(kind)) {
      return Optional.of(new Databases(h2("season"), h2("bare"), null, () -> { }));
    }
    if (!Database.POSTGRES.equals(kind)) {
      throw new IllegalArgumentException("Unknown database " + kind + ": use h2 and/or postgres");
    }
    Optional<PostgresServer> server = PostgresServer.fromEnvironment();
    if (server.isEmpty()) {
      if (Boolean.parseBoolean(System.getenv("CI"))) {
        throw new IllegalStateException(PostgresCondition.class.getSimpleName() + ": DLM_DB_URL is not set");
      }
      Output.progress("SKIPPING PostgreSQL: DLM_DB_URL is not set; start a server with eval \"$(bash .ci/postgres)\"");
      return Optional.empty();
    }
    PostgresServer postgres = server.get();
    String season = postgres.createDatabase("dlm_bench");
    String bare = postgres.createDatabase("dlm_bench");
    return Optional.of(new Databases(
        new Database(Database.POSTGRES, season, postgres.user(), postgres.password()),
        new Database(Database.POSTGRES, bare, postgres.user(), postgres.password()),
        postgres.version(), () -> {
          postgres.dropDatabase(season);
          postgres.dropDatabase(bare);
        }));
  }

  private Database h2(String name) {
    return new Database(Database.H2, "jdbc:h2:file:" + work.resolve("h2").resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE",
        "sa", "");
  }

  private DatabaseFigures measure(Databases databases) {
    Database season = databases.season();
    try {
      Map<String, String> seasonProperties = new HashMap<>(season.asSystemProperties());
      seasonProperties.put("dlm.bench.teams", String.valueOf(settings.teams()));
      seasonProperties.put("dlm.bench.people", String.valueOf(settings.people()));
      seasonProperties.put("dlm.bench.items", String.valueOf(settings.items()));
      seasonProperties.put("dlm.bench.sweepTasks", String.valueOf(settings.sweepTasks()));
      seasonProperties.put("dlm.bench.requests", String.valueOf(settings.requests()));
      seasonProperties.put("dlm.bench.boardCycles", String.valueOf(settings.boardCycles()));
      seasonProperties.put("dlm.bench.smtpPort", String.valueOf(smtpPort));
      seasonProperties.put("dlm.bench.appArgs", settings.appArgs());
      Map<String, Object> seasonFigures = jvm.run("season-" + season.kind(), SeasonRun.class, seasonProperties);
      int received = smtp.getReceivedMessages().length;
      emptyMailboxes();

      Map<String, String> bareProperties = new HashMap<>(databases.bare().asSystemProperties());
      bareProperties.put("dlm.bench.completions", String.valueOf(DatabaseFigures.number(seasonFigures, "completions")));
      Map<String, Object> baseline = jvm.run("baseline-" + season.kind(), BaselineRun.class, bareProperties);

      List<Long> ours = new ArrayList<>();
      List<Long> bare = new ArrayList<>();
      StartupProbe probe = new StartupProbe(jvm);
      for (int i = 1; i <= settings.startups(); i++) {
        int port = freePort();
        ours.add(probe.millisToReady("startup-ours-" + season.kind() + "-" + i, DlmApplication.class, port,
            ourArguments(season, port)));
        port = freePort();
        bare.add(probe.millisToReady("startup-bare-" + season.kind() + "-" + i, BareCamundaApplication.class, port,
            bareArguments(season, port)));
        Output.progress("startup " + i + " on " + season.label() + ": ours " + ours.get(i - 1) + " ms, bare "
            + bare.get(i - 1) + " ms");
      }
      return new DatabaseFigures(season.label(), seasonFigures, baseline, ours, bare, received, databases.version());
    } finally {
      emptyMailboxes();
      databases.dropBoth().run();
    }
  }

  private void emptyMailboxes() {
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> ourArguments(Database database, int port) {
    List<String> args = new ArrayList<>(database.datasourceArguments());
    args.add("--spring.profiles.active=" + database.profiles());
    args.add("--server.port=" + port);
    args.add("--dlm.mail.transport=smtp");
    args.add("--spring.mail.host=127.0.0.1");
    args.add("--spring.mail.port=" + smtpPort);
    return args;
  }

  private static List<String> bareArguments(Database database, int port) {
    List<String> args = new ArrayList<>(database.datasourceArguments());
    args.add(BareCamundaApplication.CONFIG);
    args.add("--server.port=" + port);
    return args;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
