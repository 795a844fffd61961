package cn.dlm.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import would do, sorted the way the office reviews it: to create, to change, unchanged,
 * and what the system has but the sheet does not list (kept, never deleted). The steps to apply
 * travel along.
 */
final class RosterPlan {

  final List<RosterChange> toCreate = new ArrayList<>();
  final List<RosterChange> toChange = new ArrayList<>();
  final List<RosterChange> notInSheet = new ArrayList<>();
  int unchanged;
  final List<Runnable> steps = new ArrayList<>();
  final List<String> newUsers = new ArrayList<>();

  void create(RosterChange change, Runnable step) {
    toCreate.add(change);
    steps.add(step);
  }

  void change(RosterChange change, Runnable step) {
    toChange.add(change);
    steps.add(step);
  }

  boolean isEmpty() {
    return steps.isEmpty();
  }
}
