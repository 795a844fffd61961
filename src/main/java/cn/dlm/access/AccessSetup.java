package cn.dlm.access;

import static cn.dlm.access.AccessModel.OFFICE_GROUP;
import static cn.dlm.access.AccessModel.SUPERVISORS_GROUP;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups, authorizations and Tasklist filters every installation needs. Runs at each start and
 * changes nothing when all of it is already there.
 */
@Component
class AccessSetup {

  private final IdentityUpdates identities;
  private final AuthorizationGranter granter;
  private final TasklistFilters filters;

  public AccessSetup(IdentityUpdates identities, AuthorizationGranter granter, TasklistFilters filters) {
    this.identities = identities;
    this.granter = granter;
    this.filters = filters;
  }

  @EventListener
  @Order(1)
  public void onEngineReady(ApplicationStartedEvent event) {
    identities.ensureGroup(OFFICE_GROUP, "组织办", "WORKFLOW");
    identities.ensureGroup(SUPERVISORS_GROUP, "督导组", "WORKFLOW");
    grantEveryone();
    grantOffice();
    grantSupervisors();
    filters.ensureFilters();
  }

  private void grantEveryone() {
    granter.grantEveryone(APPLICATION, "tasklist", ACCESS);
    granter.grantEveryone(APPLICATION, "welcome", ACCESS);
    granter.grantEveryone(USER, ANY, READ);
    granter.grantEveryone(GROUP, ANY, READ);
    granter.grantEveryone(PROCESS_DEFINITION, ANY, READ);
  }

  private void grantOffice() {
    granter.grantGroup(OFFICE_GROUP, APPLICATION, "cockpit", ACCESS);
    granter.grantGroup(OFFICE_GROUP, PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_INSTANCE,
        UPDATE_INSTANCE, READ_TASK, UPDATE_TASK, READ_HISTORY, RETRY_JOB);
    granter.grantGroup(OFFICE_GROUP, PROCESS_INSTANCE, ANY, CREATE, READ, UPDATE);
    granter.grantGroup(OFFICE_GROUP, TASK, ANY, READ, UPDATE);
    granter.grantGroup(OFFICE_GROUP, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    granter.grantGroup(OFFICE_GROUP, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    granter.grantGroup(OFFICE_GROUP, DEPLOYMENT, ANY, READ);
    granter.grantGroup(OFFICE_GROUP, DECISION_DEFINITION, ANY, READ);
  }

  private void grantSupervisors() {
    granter.grantGroup(SUPERVISORS_GROUP, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
    granter.grantGroup(SUPERVISORS_GROUP, PROCESS_INSTANCE, ANY, READ);
    granter.grantGroup(SUPERVISORS_GROUP, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
  }
}
