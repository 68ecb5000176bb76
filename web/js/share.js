// The shareable link: the whole request in the URL fragment (the part after #, which the
// browser never sends to a server), deflated where the browser can, then base64url.

const b64u = (bytes) => {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const unb64u = (text) => {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** The fragment (without '#') for a request and language: `r=z…` (deflated) or `r=j…` (plain). */
export async function encodeFragment(req, lang) {
  const bytes = new TextEncoder().encode(JSON.stringify(req));
  let data = 'j' + b64u(bytes);
  if (typeof CompressionStream === 'function') data = 'z' + b64u(await pipe(bytes, new CompressionStream('deflate-raw')));
  return `r=${data}&lang=${lang}`;
}

/** Read a fragment: {req, lang}; req is null when there is none, an Error when unreadable. */
export async function decodeFragment(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'nl' ? 'nl' : null;
  const data = params.get('r');
  if (!data) return { req: null, lang };
  try {
    let bytes = unb64u(data.slice(1));
    if (data[0] === 'z') bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
    else if (data[0] !== 'j') throw new Error('unknown encoding');
    return { req: JSON.parse(new TextDecoder().decode(bytes)), lang };
  } catch (e) {
    return { req: e instanceof Error ? e : new Error(String(e)), lang };
  }
}
