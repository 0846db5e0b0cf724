// What every framework host app offers the tests: one `<nato-job-list>` inside a small app that
// passes it an endpoint (attribute) or data (`.data`), keys it, and hands its events to the app.
import type { NatoApplyEvent, NatoJobSelectEvent, NatoLoadEvent } from 'nato-careers-elements';

export type { NatoApplyEvent, NatoJobSelectEvent, NatoLoadEvent };

export interface HostProps {
  /** Set as the `endpoint` attribute (or prop). */
  endpoint?: string;
  /** Set as the `.data` property. */
  data?: readonly unknown[];
  /** The element's key: a new key makes the framework replace the element. */
  elementKey: string;
  /** Text the app renders above the element (shows that a re-render happened). */
  label: string;
  /** The app's handler for `nato-job-select`. */
  onSelect?: (event: NatoJobSelectEvent) => void;
  /** The app's handler for `nato-apply`, called after the app prevented the navigation. */
  onApply?: (event: NatoApplyEvent) => void;
  /** The app's handler for `nato-load`. */
  onLoad?: (event: NatoLoadEvent) => void;
}

export interface HostHandle {
  /** Re-renders the app with these props changed; resolves once the framework has patched the DOM. */
  update(props: Partial<HostProps>): Promise<void>;
  /** Unmounts the app. */
  unmount(): void;
}

/** A host module: mounts its app into `container`. */
export interface HostModule {
  mount(container: HTMLElement, props: HostProps): HostHandle | Promise<HostHandle>;
}
