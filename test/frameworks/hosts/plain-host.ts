// Plain HTML and the DOM API, no framework: the markup carries the endpoint attribute, a script
// sets `.data` and listens with addEventListener; a "re-key" replaces the element with a new one,
// as a page that re-renders a fragment from a string does.
import 'nato-careers-elements/elements/job-list';
import type { HostHandle, HostProps } from './host-contract.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function markup(props: HostProps): string {
  const endpoint = props.endpoint === undefined ? '' : ` endpoint="${escape(props.endpoint)}"`;
  return `<nato-job-list${endpoint} page-size="10"></nato-job-list>`;
}

export function mount(container: HTMLElement, initial: HostProps): HostHandle {
  let props = initial;
  container.innerHTML = `<main><h1></h1>${markup(props)}</main>`;
  const main = container.firstElementChild as HTMLElement;
  main.querySelector('h1')!.textContent = props.label;
  const element = () => main.querySelector('nato-job-list')! as HTMLElement & { data?: unknown };
  if (props.data !== undefined) element().data = props.data;

  // The app's listeners, on its own markup: the events bubble out of the element.
  const onSelect = (event: Event) => props.onSelect?.(event as never);
  const onApply = (event: Event) => {
    // The page routes the applicant itself: the test page stays.
    event.preventDefault();
    props.onApply?.(event as never);
  };
  const onLoad = (event: Event) => props.onLoad?.(event as never);
  main.addEventListener('nato-job-select', onSelect);
  main.addEventListener('nato-apply', onApply);
  main.addEventListener('nato-load', onLoad);

  return {
    async update(changes) {
      const previous = props;
      props = { ...props, ...changes };
      main.querySelector('h1')!.textContent = props.label;
      if (props.elementKey !== previous.elementKey) {
        element().outerHTML = markup(props);
        if (props.data !== undefined) element().data = props.data;
        return;
      }
      if (props.endpoint !== previous.endpoint) {
        if (props.endpoint === undefined) element().removeAttribute('endpoint');
        else element().setAttribute('endpoint', props.endpoint);
      }
      if (props.data !== previous.data) element().data = props.data;
    },
    unmount() {
      main.removeEventListener('nato-job-select', onSelect);
      main.removeEventListener('nato-apply', onApply);
      main.removeEventListener('nato-load', onLoad);
      container.replaceChildren();
    },
  };
}
