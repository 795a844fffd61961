package cn.dlm.access;

import cn.dlm.platform.FeatureApi;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates groups and memberships only where they are missing, so that demo data, start-up set-up
 * and the roster import (人员名册导入) can run again and change nothing.
 */
@FeatureApi
@Component
public class IdentityUpdates {

  private final IdentityService identityService;

  public IdentityUpdates(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the group when no group has this id; true when it did. */
  public boolean ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return false;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    return true;
  }

  /** Adds the user to the group unless already a member; true when it did. */
  public boolean ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
      return false;
    }
    identityService.createMembership(userId, groupId);
    return true;
  }
}
