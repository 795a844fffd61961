/*
 * Works around a Tasklist 7.24 / form-js 1.8.7 defect: Tasklist disables 完成 (complete) while the
 * form-js state has any key in `errors`, and form-js clears the error of a field inside a dynamic
 * list by setting it to undefined under the row index — which leaves `{field: [null]}` behind. So
 * after the first edit of any list field, 完成 stays disabled for good.
 *
 * Here the form counts as invalid only while form-js also shows an error message; the state is
 * re-evaluated whenever form-js reports a change and whenever the form's DOM changes (the messages
 * render after the change event). A form with an untouched required field stays completable, as in
 * Tasklist itself: 完成 then runs form-js's full validation, which shows the messages.
 */
const angular = window.angular;

function showsErrors(container) {
  return container.querySelector('.fjs-form-field-error li') !== null;
}

const patched = new WeakMap();

function patch(container) {
  const controller = angular.element(container).controller('camTasklistForm');
  if (!controller) {
    return;
  }
  let state = patched.get(controller);
  if (!state) {
    state = { container, reportedInvalid: false, applied: null, observer: null };
    patched.set(controller, state);
    const notify = controller.notifyFormValidated.bind(controller);
    state.apply = () => {
      const invalid = state.reportedInvalid && showsErrors(state.container);
      if (invalid !== state.applied) {
        state.applied = invalid;
        notify(invalid);
      }
    };
    controller.notifyFormValidated = (invalid) => {
      state.reportedInvalid = invalid;
      state.applied = null;
      state.apply();
    };
  }
  if (state.observer && state.container === container) {
    return;
  }
  // the controller outlives the form when another task is opened: follow the new form
  if (state.observer) {
    state.observer.disconnect();
  }
  state.container = container;
  state.observer = new MutationObserver(() => state.apply());
  state.observer.observe(container, { childList: true, subtree: true });
}

if (angular) {
  const patchAll = () => document.querySelectorAll('.fjs-container').forEach(patch);
  new MutationObserver(patchAll).observe(document.body, { childList: true, subtree: true });
  patchAll();
}
