/** `/favicon.svg`: three overlapping speech marks, drawn here because the repo has no public/ folder. */
import type { APIRoute } from 'astro';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="7" fill="#0b5cad"/>
<circle cx="11" cy="16" r="6" fill="#fff1a8" opacity="0.95"/>
<circle cx="16" cy="16" r="6" fill="#ffffff" opacity="0.7"/>
<circle cx="21" cy="16" r="6" fill="#fff1a8" opacity="0.6"/>
</svg>
`;

export const GET: APIRoute = () => new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
