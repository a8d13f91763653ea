import type { ReactNode } from "react";

/** The narration of each step, in words for people who do not read Go. */
export const STORY_TEXT: readonly ReactNode[] = [
  <>
    OpenIM runs one <code>openim-msggateway</code> pod. The proxy hands each user's websocket to it,
    and push sends each message to it: both can only pick that pod, so every online user gets
    messages in real time.
  </>,
  <>
    The team scales the gateway to five pods. Now two components choose a pod for each user, on
    their own: the proxy (inner ring) picks where the user connects, push (outer ring) picks where
    to send the user's messages. Both use a hash ring over the pods, and the two rings no longer
    line up.
  </>,
  <>
    A ring places each pod by hashing its address. Push writes the address with the RPC port, the
    proxy writes it without. Different text hashes to different positions, so the same pod sits in
    different places on the two rings.
  </>,
  <>
    Follow one user. The proxy connects them to one pod; push sends their messages to another, which
    has no connection for them. The message falls back to a notification-bar push and shows up in
    the chat only on the next sync. The marked line on the rings is this user.
  </>,
  <>
    Most users land on different pods on the two rings: with five pods, roughly four in five.
    Nothing fails loudly; messages are just late.
  </>,
  <>
    The fix is one string: let the proxy write the same address as push, port included. Both rings
    are then identical and every user is delivered in real time.
  </>,
  <>
    OpenIM 3.8.4 took another way out: in Kubernetes, push no longer hashes. It sends every message
    to every gateway pod, and the pod that holds the user delivers it. It cannot misroute, but it
    costs one RPC per pod per message.
  </>,
];
