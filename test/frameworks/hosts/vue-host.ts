// A Vue 3 app using the tags, twice: with render functions (`mount`) and with a template
// compiled at run time (`mountTemplate`, Vue's full build; `isCustomElement` keeps Vue from
// resolving the tags as components). Vue sets a prop as a property when the element has it
// (`endpoint`, `data`), else as an attribute (`page-size`), and hyphenates listener names
// (`onNatoJobSelect` listens to `nato-job-select`).
import { createApp, h, nextTick, shallowReactive } from 'vue';
import 'nato-careers-elements/elements/job-list';
import type { HostHandle, HostProps, NatoApplyEvent } from './host-contract.js';

type State = HostProps & { apply: (event: NatoApplyEvent) => void };

/** Shallow: the feed data reaches the element as the app's own object, not a deep proxy of it. */
function stateOf(initial: HostProps): State {
  const state: State = shallowReactive({
    ...initial,
    apply(event: NatoApplyEvent) {
      // The app routes the applicant itself: the test page stays.
      event.preventDefault();
      state.onApply?.(event);
    },
  }) as State;
  return state;
}

function handle(state: State, unmount: () => void): HostHandle {
  return {
    async update(props) {
      Object.assign(state, props);
      await nextTick();
    },
    unmount,
  };
}

/** Render functions: no compiler involved. */
export function mount(container: HTMLElement, initial: HostProps): HostHandle {
  const state = stateOf(initial);
  const app = createApp({
    render: () =>
      h('main', [
        h('h1', state.label),
        h('nato-job-list', {
          key: state.elementKey,
          endpoint: state.endpoint,
          data: state.data,
          'page-size': 10,
          onNatoJobSelect: (event: Event) => state.onSelect?.(event as never),
          onNatoApply: state.apply,
          onNatoLoad: (event: Event) => state.onLoad?.(event as never),
        }),
      ]),
  });
  app.mount(container);
  return handle(state, () => app.unmount());
}

/** A template compiled in the browser, as an app with in-DOM or string templates has it. */
export function mountTemplate(container: HTMLElement, initial: HostProps): HostHandle {
  const state = stateOf(initial);
  const app = createApp({
    setup: () => ({ state }),
    template: `<main>
      <h1>{{ state.label }}</h1>
      <nato-job-list
        :key="state.elementKey"
        :endpoint="state.endpoint"
        :data="state.data"
        page-size="10"
        @nato-job-select="state.onSelect?.($event)"
        @nato-apply="state.apply($event)"
        @nato-load="state.onLoad?.($event)"
      ></nato-job-list>
    </main>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('nato-');
  app.mount(container);
  return handle(state, () => app.unmount());
}
