import type { PageRoute } from '../../page-route.js'

/** Recognition (hyväksiluku): the registrar's queue and decision, the learner's requests. */
export const recognitionRoutes: readonly PageRoute[] = [
  {
    pattern: '/registrar/recognition',
    titleKey: 'recognition.queue.title',
    load: () =>
      import('./recognition-queue-page.js').then((page) => ({
        default: page.RecognitionQueuePage,
      })),
  },
  {
    pattern: '/registrar/recognition/:requestId',
    titleKey: 'recognition.request.title',
    load: () =>
      import('./recognition-request-page.js').then((page) => ({
        default: page.RecognitionRequestPage,
      })),
  },
  {
    pattern: '/my/recognition',
    titleKey: 'recognition.mine.title',
    load: () =>
      import('../learner/my-recognition-page.js').then((page) => ({
        default: page.MyRecognitionPage,
      })),
  },
]
