// A React 19 app using the package's React wrappers (`nato-careers-elements/react`, made with
// @lit/react): props set the element's properties, `onNato…` props listen to its events.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { NatoJobList } from 'nato-careers-elements/react';
import type { Job } from 'nato-careers-elements';
import type { HostHandle, HostProps } from './host-contract.js';

function App(props: HostProps) {
  return (
    <main>
      <h1>{props.label}</h1>
      <NatoJobList
        key={props.elementKey}
        endpoint={props.endpoint}
        data={props.data as Job[] | undefined}
        pageSize={10}
        onNatoJobSelect={(event) => props.onSelect?.(event)}
        onNatoApply={(event) => {
          // The app routes the applicant itself: the test page stays.
          event.preventDefault();
          props.onApply?.(event);
        }}
        onNatoLoad={(event) => props.onLoad?.(event)}
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
