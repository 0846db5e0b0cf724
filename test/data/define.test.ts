import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { captureConsole } from './helpers.js';

/** A fresh element class, optionally carrying a library version like the real elements do. */
function elementClass(version?: string): CustomElementConstructor {
  return class extends HTMLElement {
    static version = version;
  };
}

let counter = 0;
const uniqueTag = () => `nato-define-test-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

describe('defineElement', () => {
  let warn: ReturnType<typeof captureConsole>;
  beforeEach(() => (warn = captureConsole('warn')));
  afterEach(() => warn.restore());

  it('defines a tag that is not defined yet', () => {
    const tag = uniqueTag();
    const constructor = elementClass(VERSION);
    defineElement(tag, constructor);
    expect(customElements.get(tag)).to.equal(constructor);
    expect(document.createElement(tag)).to.be.instanceOf(constructor);
  });

  it('does nothing, silently, when the same class or the same version is defined again', () => {
    const tag = uniqueTag();
    const constructor = elementClass(VERSION);
    defineElement(tag, constructor);
    expect(() => defineElement(tag, constructor)).not.to.throw();
    expect(() => defineElement(tag, elementClass(VERSION))).not.to.throw();
    expect(customElements.get(tag)).to.equal(constructor);
    expect(warn.messages).to.deep.equal([]);
  });

  // One test, because the warning is given once per page for the whole library.
  it('never throws for another version or another script, and warns once for the whole library', () => {
    const versioned = uniqueTag();
    const first = elementClass('0.0.1-other');
    customElements.define(versioned, first);
    expect(() => defineElement(versioned, elementClass(VERSION))).not.to.throw();
    expect(customElements.get(versioned)).to.equal(first);
    expect(warn.messages).to.have.length(1);
    expect(warn.messages[0]).to.include(`<${versioned}> is already defined by version 0.0.1-other`);
    expect(warn.messages[0]).to.include(`version ${VERSION} loaded here is not used`);

    const foreign = uniqueTag();
    customElements.define(foreign, elementClass());
    expect(() => defineElement(foreign, elementClass(VERSION))).not.to.throw();
    expect(warn.messages, 'still one warning in all').to.have.length(1);
  });
});
