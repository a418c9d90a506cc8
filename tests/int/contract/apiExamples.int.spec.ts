import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Office } from '../workflow-approval/steps'

import { closePayload } from '../../../src/lib/database/closePayload'
import { TEST_PASSWORD } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, workflowSteps } from '../workflow-approval/steps'

/**
 * docs/api.md's `curl` examples, run against the app: each line ending in `# → <status>` must answer that
 * status, with the document's variables filled in from what this suite creates. Variables it does not
 * create (a bulletin issue, an attachment) are filled with ids that do not exist: those examples must
 * still reach their endpoint (its own answer, never Payload's "Route not found").
 */
const markdown = readFileSync(path.resolve(import.meta.dirname, '../../../docs/api.md'), 'utf8')

type Example = { line: string; expected: number }

/** Shell words of one command line: '…' literal, "…" and bare text with $VARIABLES expanded. */
const shellWords = (line: string, variables: Record<string, string>): string[] => {
  const expand = (text: string) =>
    text.replace(/\$([A-Z_]+)/g, (_, name: string) => {
      if (!(name in variables)) throw new Error(`docs/api.md uses $${name}, which the test does not define`)
      return variables[name]!
    })
  const words: string[] = []
  let current: string | undefined
  for (const [, single, double, bare, space] of line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|([^\s'"]+)|(\s+)/g)) {
    if (space !== undefined) {
      if (current !== undefined) words.push(current)
      current = undefined
      continue
    }
    current = (current ?? '') + (single ?? expand((double ?? bare ?? '').replace(/\\(["\\$`])/g, '$1')))
  }
  if (current !== undefined) words.push(current)
  return words
}

const examples = (): Example[] =>
  markdown
    .split('\n')
    .map((line) => /^(curl .*?)\s+# → (\d{3})\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, command, status]) => ({
      line: command!,
      expected: Number(status),
    }))

const ROUTE_NOT_FOUND = /Route not found/

let payload: Payload
let office: Office
const variables: Record<string, string> = {
  API: 'http://localhost:3000/api',
  EMAIL: '',
  PASSWORD: TEST_PASSWORD,
  // Created by no one here: the examples must reach their endpoint all the same.
  ISSUE_ID: '999999999',
  FILENAME: 'no-such-file.pdf',
}
const UNSUPPLIED = ['$ISSUE_ID', '$FILENAME']

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  const { draftItem, approveAll } = workflowSteps(rest)
  const published = await draftItem(office)
  await approveAll(office, published.id)
  const { indexNumber } = await payload.findByID({ collection: 'disclosure-items', id: published.id, depth: 0 })
  const draft = await draftItem(office)
  Object.assign(variables, {
    EMAIL: office.cast.editor.email,
    ID: String(published.id),
    INDEX_NUMBER: indexNumber!,
    INDEX_NUMBER_ENCODED: encodeURIComponent(indexNumber!),
    DRAFT_ID: String(draft.id),
    INSTITUTION: String(office.institutionId),
  })
})

afterAll(async () => {
  await closePayload(payload)
})

/** Runs one example: a fresh session for $TOKEN (an example logs out), GraphQL to its own route. */
const run = async ({ line }: Example) => {
  const isSignedIn = line.includes('$TOKEN')
  const token = isSignedIn
    ? (await payload.login({ collection: 'users', data: { email: office.cast.editor.email, password: TEST_PASSWORD } }))
        .token!
    : ''
  const runWords = shellWords(line, { ...variables, TOKEN: token })
  let method = 'GET'
  let body: string | undefined
  let url: string | undefined
  const headers: Record<string, string> = {}
  for (let i = 1; i < runWords.length; i++) {
    const word = runWords[i]!
    if (word === '-X') method = runWords[++i]!
    else if (word === '-H') {
      const [name, ...value] = runWords[++i]!.split(':')
      headers[name!.trim()] = value.join(':').trim()
    } else if (word === '-d') body = runWords[++i]
    else if (word === '-o') i++
    else if (word.startsWith('http')) url = word
  }
  expect(url, line).toBeDefined()
  const apiPath = url!.slice(variables.API!.length)
  if (apiPath === '/graphql') {
    const { query, variables: graphqlVariables } = JSON.parse(body!) as {
      query: string
      variables?: Record<string, unknown>
    }
    const answer = await graphql(query, { variables: graphqlVariables, headers })
    return { status: answer.status, text: JSON.stringify(answer.json), json: answer.json }
  }
  return rest(method as 'GET', apiPath, { headers, ...(body === undefined ? {} : { rawBody: body }) })
}

describe('docs/api.md', () => {
  it('should hold runnable curl examples of every part a portal builder uses', () => {
    const lines = examples().map((example) => example.line)
    expect(lines.length).toBeGreaterThan(30)
    for (const part of [
      '/catalogue/',
      '/portal/search',
      '/portal/facets',
      '/bulletin-issues/',
      '/media/file/',
      '/workflow',
      '/users/login',
      '/users/logout',
      '/graphql',
      'select[',
      'depth=',
    ])
      expect(
        lines.some((line) => line.includes(part)),
        part,
      ).toBe(true)
  })

  it('should answer every curl example with the status the document gives', async () => {
    for (const example of examples()) {
      const answer = await run(example)
      if (UNSUPPLIED.some((name) => example.line.includes(name))) {
        expect(answer.status, example.line).toBeLessThan(500)
        expect(answer.text, example.line).not.toMatch(ROUTE_NOT_FOUND)
        continue
      }
      expect(answer.status, `${example.line}\n${answer.text.slice(0, 500)}`).toBe(example.expected)
      if (example.expected >= 400) expect(answer.text, example.line).toMatch(/^\{"errors":\[\{.*"message":"/)
    }
  })

  it('should show the refusal of limit=101 as the API answers it', async () => {
    const block = /## 4\.[\s\S]*?```json\n([\s\S]*?)```/.exec(markdown)![1]!
    const documented = JSON.parse(block) as { errors: unknown[] }
    const answer = await rest('GET', '/disclosure-items?limit=101')
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual(documented)
  })

  it('should hold a GraphQL query in its TypeScript example that the API answers', async () => {
    const query = /const query = \/\* GraphQL \*\/ `([\s\S]*?)`/.exec(markdown)![1]!
    const answer = await graphql(query, { variables: { institution: office.institutionId, page: 1 } })
    expect(answer.json.errors).toBeUndefined()
    expect(answer.json.data.DisclosureItems.totalDocs).toBe(1)
    expect(answer.json.data.DisclosureItems.docs[0]).toMatchObject({
      id: Number(variables.ID),
      indexNumber: variables.INDEX_NUMBER,
    })
  })
})
