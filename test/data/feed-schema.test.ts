/** The shipped JSON Schema and version stay in step with the sources. */
import { expect } from '@open-wc/testing';
import { feedJsonSchema } from '../../src/data/feed-json-schema.js';
import { organizationSchema } from '../../src/data/organization-schema.js';
import { benefitSchema, jobSchema, spotlightSchema, statSchema } from '../../src/data/feed-schema.js';
import { VERSION } from '../../src/internal/version.js';

describe('shipped files', () => {
  it('src/data/careers-feed.schema.json equals feedJsonSchema() (run `npm run analyze` after changing the schema)', async () => {
    const response = await fetch('/src/data/careers-feed.schema.json', { cache: 'no-store' });
    expect(response.status, 'src/data/careers-feed.schema.json is missing: run `npm run analyze`').to.equal(200);
    const shipped = await response.json();
    expect(shipped, 'src/data/careers-feed.schema.json is stale: run `npm run analyze`').to.deep.equal(feedJsonSchema());
  });

  it('feedJsonSchema() is a draft 2020-12 schema whose references all resolve', () => {
    const schema = feedJsonSchema();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal(['version']);
    const defs = schema.$defs as Record<string, unknown>;
    expect(Object.keys(defs)).to.include.members(['Job', 'Stat', 'Spotlight', 'Benefit', 'Organization', 'Place', 'LocalizedText']);
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs).not.to.be.empty;
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/$defs/'.length, -1);
      expect(defs, ref).to.have.property(name);
    }
  });

  it('declares the language of the feed’s plain strings: an optional top-level lang', () => {
    const schema = feedJsonSchema();
    const lang = (schema.properties as Record<string, Record<string, unknown>>).lang;
    expect(lang).to.include({ type: 'string' });
    const pattern = new RegExp(lang.pattern as string);
    for (const tag of ['en', 'fr-BE', 'zh-Hant-TW']) expect(pattern.test(tag), tag).to.equal(true);
    for (const tag of ['français', 'en_GB', '']) expect(pattern.test(tag), tag).to.equal(false);
    expect(schema.required).not.to.include('lang');
  });

  it('describes every top-level field of the demo feed', async () => {
    const response = await fetch('/demo/data/careers.json', { cache: 'no-store' });
    const demo = (await response.json()) as Record<string, unknown>;
    const properties = feedJsonSchema().properties as Record<string, unknown>;
    expect(Object.keys(properties)).to.include.members(Object.keys(demo));
  });

  it('allows only https:, http: and relative URLs for a spotlight photo, and also mailto: for links', () => {
    const defs = feedJsonSchema().$defs as Record<string, { properties: Record<string, { properties?: Record<string, { pattern?: string }>; pattern?: string }> }>;
    const photo = new RegExp(defs.Spotlight.properties.photo.properties!.url.pattern!);
    const link = new RegExp(defs.Job.properties.applyUrl.pattern!);
    for (const url of ['https://example.org/a.jpg', 'http://example.org/a.jpg', 'photos/a.jpg']) {
      expect(photo.test(url), url).to.equal(true);
      expect(link.test(url), url).to.equal(true);
    }
    expect(photo.test('mailto:jobs@example.org')).to.equal(false);
    expect(link.test('mailto:jobs@example.org')).to.equal(true);
    for (const url of ['data:image/png;base64,x', 'javascript:alert(1)']) {
      expect(photo.test(url), url).to.equal(false);
      expect(link.test(url), url).to.equal(false);
    }
  });

  it('run-time schemas describe themselves as data: their only code is `check` (no JSON Schema generator)', () => {
    const seen = new Set<object>();
    const functionsIn = (value: unknown, path: string): string[] => {
      if (typeof value === 'function') return [path];
      if (typeof value !== 'object' || value === null || value instanceof RegExp || seen.has(value)) return [];
      seen.add(value);
      return Object.entries(value).flatMap(([key, entry]) => (key === 'check' ? [] : functionsIn(entry, `${path}.${key}`)));
    };
    const schemas = { jobSchema, statSchema, spotlightSchema, benefitSchema, organizationSchema };
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema, name).to.have.property('kind', 'named');
      expect(functionsIn(schema, name), name).to.deep.equal([]);
    }
  });

  it('VERSION equals the version in package.json', async () => {
    const response = await fetch('/package.json', { cache: 'no-store' });
    const { version } = (await response.json()) as { version: string };
    expect(VERSION).to.equal(version);
  });
});
