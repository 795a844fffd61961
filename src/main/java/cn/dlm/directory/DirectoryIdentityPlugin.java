package cn.dlm.directory;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/** Camunda's LDAP identity plugin, with sessions that find groups by type ({@link GroupTypeFilteringSession}). */
class DirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    LdapIdentityProviderFactory sessions = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new GroupTypeFilteringSession(getLdapConfiguration());
      }
    };
    sessions.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(sessions);
  }
}
