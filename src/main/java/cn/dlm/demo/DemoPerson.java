package cn.dlm.demo;

/** A demo login: id, Chinese display name split the way Camunda stores it, and the groups it joins. */
record DemoPerson(String id, String lastName, String firstName, String... groups) {

  String email() {
    return id + "@dlm.example.cn";
  }
}
