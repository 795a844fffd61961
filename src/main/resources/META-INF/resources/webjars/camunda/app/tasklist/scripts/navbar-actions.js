/*
 * Tasklist offers 发起流程 (start process) and 新建任务 (create task) to everybody; a member who may
 * start no process or create no task only meets a refusal. Both stay hidden until the engine says
 * the user may: CREATE on process instances (the office) and CREATE on tasks.
 */
import { engineApi, onSession } from '../../dlm/session.js';

const style = document.createElement('style');
style.textContent = 'body:not(.dlm-may-start-process) .start-process-action,'
  + ' body:not(.dlm-may-create-task) .create-task-action { display: none !important; }';
document.head.appendChild(style);

function mayCreate(resourceName, resourceType) {
  const query = '?permissionName=CREATE&resourceName=' + resourceName + '&resourceType=' + resourceType;
  return fetch(engineApi + '/authorization/check' + query, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : { authorized: false }))
    .then((answer) => answer.authorized === true)
    .catch(() => false);
}

onSession((user) => {
  if (!user) {
    document.body.classList.remove('dlm-may-start-process', 'dlm-may-create-task');
    return;
  }
  mayCreate('ProcessInstance', 8).then((may) => document.body.classList.toggle('dlm-may-start-process', may));
  mayCreate('Task', 7).then((may) => document.body.classList.toggle('dlm-may-create-task', may));
});
