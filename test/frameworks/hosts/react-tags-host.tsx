// A React 19 app using the raw tags. React 19 sets a prop as a property when the custom element
// has one (`endpoint`, `data`), else as an attribute (`page-size`), and listens to `on<event>`
// props (`onnato-job-select`). The tags type-check through the package's JSX types.
import type {} from 'nato-careers-elements/jsx';
import 'nato-careers-elements/elements/job-list';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Job } from 'nato-careers-elements';
import type { HostHandle, HostProps } from './host-contract.js';

function App(props: HostProps) {
  return (
    <main>
      <h1>{props.label}</h1>
      <nato-job-list
        key={props.elementKey}
        endpoint={props.endpoint}
        data={props.data as Job[] | undefined}
        page-size={10}
        onnato-job-select={(event) => props.onSelect?.(event)}
        onnato-apply={(event) => {
          // The app routes the applicant itself: the test page stays.
          event.preventDefault();
          props.onApply?.(event);
        }}
        onnato-load={(event) => props.onLoad?.(event)}
      />
    </main>
  );
}

export function mount(container: HTMLElement, initial: HostProps): HostHandle {
  const root = createRoot(container);
  let props = initial;
  flushSync(() => root.render(<App {...props} />));
  return {
    async update(changes) {
      props = { ...props, ...changes };
      flushSync(() => root.render(<App {...props} />));
    },
    unmount: () => root.unmount(),
  };
}
