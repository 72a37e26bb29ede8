// The pages the footer links to, in a chunk of their own (issue 28): few people open them, so taking over a
// wizard page does not fetch them. Loaded by lazy-pages.ts before one of them is shown.
export { About } from '../pages/About/About';
export { Privacy } from '../pages/Privacy/Privacy';
export { Accessibility } from '../pages/Accessibility/Accessibility';
export { Sources } from '../pages/Sources/Sources';
