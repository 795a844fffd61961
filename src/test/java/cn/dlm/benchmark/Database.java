package cn.dlm.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A database a child JVM runs on: H2 in a file, or PostgreSQL; passed on as system properties. */
record Database(String kind, String url, String user, String password) {

  static final String H2 = "h2";
  static final String POSTGRES = "postgres";

  static Database fromSystemProperties() {
    return new Database(System.getProperty("dlm.bench.db"), System.getProperty("dlm.bench.url"),
        System.getProperty("dlm.bench.user"), System.getProperty("dlm.bench.password"));
  }

  Map<String, String> asSystemProperties() {
    return Map.of("dlm.bench.db", kind, "dlm.bench.url", url, "dlm.bench.user", user, "dlm.bench.password", password);
  }

  /** Our application's profiles on this database: the demo profile, plus postgres for PostgreSQL. */
  String profiles() {
    return POSTGRES.equals(kind) ? "demo,postgres" : "demo";
  }

  List<String> datasourceArguments() {
    List<String> args = new ArrayList<>();
    args.add("--spring.datasource.url=" + url);
    args.add("--spring.datasource.username=" + user);
    args.add("--spring.datasource.password=" + password);
    return args;
  }

  String label() {
    return POSTGRES.equals(kind) ? "PostgreSQL" : "H2 file";
  }
}
