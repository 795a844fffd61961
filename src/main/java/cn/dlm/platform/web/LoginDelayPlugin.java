package cn.dlm.platform.web;

import cn.dlm.platform.engine.EnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's growing refusal after wrong passwords but removes its permanent lock: by default
 * the tenth wrong password locks a user until an administrator unlocks it, which anyone who knows a
 * login name could do to the administrator. With no attempt limit the refusal stops growing at
 * {@code dlm.login.delay-max} and always ends by itself.
 */
@Component
class LoginDelayPlugin extends EnginePlugin {

  private final LoginProperties properties;

  LoginDelayPlugin(LoginProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(seconds(properties.delayBase().toSeconds()));
    configuration.setLoginDelayFactor(properties.delayFactor());
    configuration.setLoginDelayMaxTime(seconds(properties.delayMax().toSeconds()));
  }

  private static int seconds(long seconds) {
    return (int) Math.min(seconds, Integer.MAX_VALUE);
  }
}
