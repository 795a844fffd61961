package cn.dlm.directory;

import cn.dlm.access.AccessModel;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's LDAP identity plugin, with sessions that find groups by type ({@link GroupTypeFilteringSession}) and
 * also recognise teams by where they sit in the directory ({@code dlm.ldap.team-dn-pattern}, {@link TeamDnPattern}).
 */
class DirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

  private String teamDnPattern;

  public String getTeamDnPattern() {
    return teamDnPattern;
  }

  public void setTeamDnPattern(String teamDnPattern) {
    this.teamDnPattern = teamDnPattern;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    TeamDnPattern teams = TeamDnPattern.of(teamDnPattern);
    LdapIdentityProviderFactory sessions = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new GroupTypeFilteringSession(getLdapConfiguration(), teams, AccessModel.TEAM_GROUP_TYPE);
      }
    };
    sessions.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(sessions);
  }
}
