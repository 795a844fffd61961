package cn.dlm.platform.form;

import java.util.Map;

/**
 * One input of a Camunda Form, as the form file declares it: its variable, what it submits, its label, and
 * whether the user may change it (a read-only field is shown, and Tasklist sends it back, but it is not the
 * user's to write). A list's fields are its {@code columns}.
 */
record FormField(String key, FieldKind kind, String label, boolean readOnly, Map<String, FormField> columns) {

  String labelOrKey() {
    return label == null || label.isBlank() ? key : label;
  }
}
