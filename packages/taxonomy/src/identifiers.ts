import { v5 as uuidV5 } from 'uuid';
import type { FacetId } from './schema.js';

/** Default base for the IRIs of exported concepts; URNs need no domain of our own. */
export const DEFAULT_BASE_IRI = 'urn:vertelpunt:';

export const termIri = (id: string, base = DEFAULT_BASE_IRI) => `${base}term:${id}`;
export const schemeIri = (version: string, base = DEFAULT_BASE_IRI) => `${base}scheme:${version}`;
export const facetIri = (facet: FacetId, base = DEFAULT_BASE_IRI) => `${base}facet:${facet}`;

// A fixed namespace makes GUIDs a pure function of the term id: the same code keeps the same
// GUID in every export and every version, so a QDA tool merges codings instead of duplicating codes.
const GUID_NAMESPACE = '6f1c8e3a-4b2d-5e8f-9a7c-0d1e2f3a4b5c';

/** The REFI-QDA GUID of a term's code. */
export const termGuid = (id: string) => uuidV5(termIri(id), GUID_NAMESPACE);
/** The REFI-QDA GUID of a facet's (non-codable) parent code. */
export const facetGuid = (facet: FacetId) => uuidV5(facetIri(facet), GUID_NAMESPACE);
/** The REFI-QDA GUID of a set of codes, e.g. one per kind. */
export const setGuid = (name: string) => uuidV5(`${DEFAULT_BASE_IRI}set:${name}`, GUID_NAMESPACE);
