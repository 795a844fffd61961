package cn.dlm.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Identity, access and deployments of one engine as plain lines, revisions included: two snapshots
 * are equal only if nothing was created, deleted or saved again in between.
 */
public record EngineSnapshot(List<String> users, List<String> groups, List<String> memberships,
    List<String> authorizations, List<String> filters, List<String> deployments) {

  public static EngineSnapshot of(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    List<String> users = identity.createUserQuery().orderByUserId().asc().list().stream()
        .map(u -> line(u.getId(), u.getLastName() + u.getFirstName(), u.getEmail(), ((UserEntity) u).getRevision()))
        .toList();
    List<Group> groupList = identity.createGroupQuery().orderByGroupId().asc().list();
    List<String> groups = groupList.stream()
        .map(g -> line(g.getId(), g.getName(), g.getType(), ((GroupEntity) g).getRevision())).toList();
    List<String> memberships = new ArrayList<>();
    for (Group group : groupList) {
      identity.createUserQuery().memberOfGroup(group.getId()).orderByUserId().asc().list().stream()
          .map(User::getId).forEach(user -> memberships.add(group.getId() + " <- " + user));
    }
    List<String> authorizations = engine.getAuthorizationService().createAuthorizationQuery().list().stream()
        .map(AuthorizationEntity.class::cast)
        .sorted(Comparator.comparing(AuthorizationEntity::getId))
        .map(a -> line(a.getId(), a.getAuthorizationType(), a.getUserId(), a.getGroupId(), a.getResourceType(),
            a.getResourceId(), a.getPermissions(), a.getRevision()))
        .toList();
    List<String> filters = engine.getFilterService().createFilterQuery().orderByFilterId().asc().list().stream()
        .map(f -> line(f.getId(), f.getName(), f.getOwner(), ((FilterEntity) f).getRevision()))
        .toList();
    List<String> deployments = engine.getRepositoryService().createDeploymentQuery().orderByDeploymentId().asc()
        .list().stream().map(d -> line(d.getId(), d.getName())).toList();
    return new EngineSnapshot(users, groups, memberships, authorizations, filters, deployments);
  }

  private static String line(Object... values) {
    StringBuilder line = new StringBuilder();
    for (Object value : values) {
      line.append(line.isEmpty() ? "" : " | ").append(value);
    }
    return line.toString();
  }
}
