/*
 * Camunda 7 CE shows every user an end-of-life banner (版本停止维护提示). It concerns whoever runs the
 * system, not the participants: the banner stays hidden unless the user may open Admin.
 */
import { onSession } from './session.js';

const style = document.createElement('style');
style.textContent = 'body:not(.dlm-administrator) .ce-eol-banner { display: none !important; }';
document.head.appendChild(style);

onSession((user) => {
  const administrator = !!user && (user.authorizedApps || []).indexOf('admin') >= 0;
  document.body.classList.toggle('dlm-administrator', administrator);
});
