import { css } from 'lit';

/**
 * The styles of one spotlight (`renderSpotlight()`), shared by the card and the gallery. The
 * layout follows the nearest container named `spotlight`: the card element's surface, or one
 * cell of the gallery.
 */
export const spotlightViewStyles = css`
  .card {
    --_photo-size: var(--nato-spotlight-photo-size, 5em);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'photo' 'intro' 'quote' 'story';
    align-content: start;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  @container spotlight (min-width: 20em) {
    .card {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'photo intro' 'quote quote' 'story story';
      column-gap: var(--_space-m);
    }
  }

  @container spotlight (min-width: 40em) {
    .card {
      --_photo-size: var(--nato-spotlight-photo-size, 7em);
      column-gap: var(--_space-l);
    }
  }

  .intro {
    grid-area: intro;
    display: grid;
    align-content: center;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .intro p {
    margin: 0;
  }

  .name {
    margin: 0;
    font-size: var(--_font-size-xl);
    line-height: 1.2;
  }

  .role {
    font-weight: var(--_font-weight-bold);
  }

  .organization,
  .nationality {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }

  .organization span {
    display: block;
  }

  .photo,
  .avatar {
    grid-area: photo;
    inline-size: var(--_photo-size);
    aspect-ratio: 1;
    block-size: auto;
    border-radius: 50%;
  }

  .photo {
    display: block;
    object-fit: cover;
    background: var(--_color-skeleton);
  }

  .avatar {
    /* The initials' size; the box keeps the photo's size. */
    font-size: 1.75em;
    inline-size: calc(var(--_photo-size) / 1.75);
    display: grid;
    place-items: center;
    font-weight: var(--_font-weight-bold);
    line-height: 1;
    letter-spacing: 0.02em;
    background: var(--_avatar-background);
    color: var(--_avatar-text);
    user-select: none;
  }

  /* A small fixed palette, chosen by a hash of the name; each pair has at least 4.5:1 contrast. */
  .avatar--0 {
    --_avatar-background: light-dark(#004990, #8cc4ff);
    --_avatar-text: light-dark(#ffffff, #0b1a2b);
  }
  .avatar--1 {
    --_avatar-background: light-dark(#00695c, #80cbc4);
    --_avatar-text: light-dark(#ffffff, #0b1a2b);
  }
  .avatar--2 {
    --_avatar-background: light-dark(#6a1b9a, #ce93d8);
    --_avatar-text: light-dark(#ffffff, #0b1a2b);
  }
  .avatar--3 {
    --_avatar-background: light-dark(#ad1457, #f48fb1);
    --_avatar-text: light-dark(#ffffff, #0b1a2b);
  }
  .avatar--4 {
    --_avatar-background: light-dark(#2e6b30, #a5d6a7);
    --_avatar-text: light-dark(#ffffff, #0b1a2b);
  }
  .avatar--5 {
    --_avatar-background: light-dark(#8a4500, #ffb870);
    --_avatar-text: light-dark(#ffffff, #0b1a2b);
  }

  /* Lines of text stay short enough to read, however wide the card. */
  .quote,
  .story {
    max-inline-size: 42em;
  }

  .quote {
    grid-area: quote;
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.25em solid var(--_color-primary);
  }

  .quote blockquote {
    margin: 0;
  }

  .quote blockquote p {
    margin: 0;
    font-size: var(--_font-size-l);
    line-height: 1.4;
  }

  .quote figcaption {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }

  .story {
    grid-area: story;
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
  }

  .story p {
    margin: 0;
  }

  .story-rest:not([hidden]) {
    display: grid;
    gap: var(--_space-s);
  }

  .toggle {
    justify-self: start;
    max-inline-size: 100%;
  }

  .toggle::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: var(--_space-xs);
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }

  .toggle[aria-expanded='true']::after {
    transform: translateY(0.15em) rotate(-135deg);
  }

  .card--placeholder .avatar {
    background: var(--_color-skeleton);
  }

  .card--placeholder .skeleton--name {
    block-size: 1.8em;
    inline-size: 70%;
  }

  @media (forced-colors: active) {
    .avatar {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 2px solid CanvasText;
    }

    .quote {
      border-inline-start-color: CanvasText;
    }
  }
`;
