import type { IncomingMessage } from 'node:http'

import { IncomingMessage as Message } from 'node:http'

/**
 * A request whose body was read already (to key a GraphQL query), made readable again for Next.js: the
 * same connection, method, URL and headers, and the body as its stream.
 */
export const replayRequest = (req: IncomingMessage, body: Buffer): IncomingMessage => {
  const replay = new Message(req.socket)
  replay.method = req.method
  replay.url = req.url
  replay.httpVersion = req.httpVersion
  replay.httpVersionMajor = req.httpVersionMajor
  replay.httpVersionMinor = req.httpVersionMinor
  replay.headers = req.headers
  replay.rawHeaders = req.rawHeaders
  // Received whole: without it, the message's end would count as an aborted request and destroy the socket.
  replay.complete = true
  replay.push(body)
  replay.push(null)
  return replay
}
