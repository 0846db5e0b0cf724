import { createComponent } from '@lit/react';
import * as React from 'react';
import { NatoCareers as NatoCareersElement } from '../components/careers/careers.component.js';
import '../components/careers/careers.js';

/** `<nato-careers>` for React. The provider: shares one endpoint (and language) with every element inside it. */
export const NatoCareers = createComponent({
  react: React,
  tagName: 'nato-careers',
  elementClass: NatoCareersElement,
  displayName: 'NatoCareers',
});
