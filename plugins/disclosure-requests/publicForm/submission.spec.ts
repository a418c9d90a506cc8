import { describe, expect, it } from 'vitest'

import { checkSubmission } from './submission'

const valid = {
  applicantType: 'naturalPerson',
  applicantName: '张三',
  applicantIdNumber: '110101199003074514',
  phone: '13800001234',
  requestedInformation: '某文件',
  handlingInstitution: '7',
  deliveryMethod: 'online',
}

const fieldsOf = (outcome: ReturnType<typeof checkSubmission>) =>
  'errors' in outcome ? outcome.errors.map((error) => error.field) : []

describe('checking the request form', () => {
  it('should turn a valid form into the collection’s data', () => {
    expect(checkSubmission(valid)).toEqual({
      input: {
        applicantType: 'naturalPerson',
        applicantName: '张三',
        applicantIdNumber: '110101199003074514',
        contact: { phone: '13800001234' },
        requestedInformation: '某文件',
        handlingInstitution: 7,
        deliveryMethod: 'online',
      },
    })
  })

  it('should name every missing field', () => {
    expect(fieldsOf(checkSubmission({}))).toEqual([
      'applicantType',
      'applicantName',
      'applicantIdNumber',
      'phone',
      'requestedInformation',
      'handlingInstitution',
      'deliveryMethod',
    ])
  })

  it('should ask an organisation for a credit code, and e-mail or post delivery for its address', () => {
    expect(
      fieldsOf(checkSubmission({ ...valid, applicantType: 'researchInstitution', applicantIdNumber: 'A12' })),
    ).toEqual(['applicantIdNumber'])
    expect(
      checkSubmission({ ...valid, applicantType: 'researchInstitution', applicantIdNumber: '91350100m000100y43' }),
    ).toHaveProperty('input.applicantIdNumber', '91350100M000100Y43')
    expect(fieldsOf(checkSubmission({ ...valid, deliveryMethod: 'email' }))).toEqual(['email'])
    expect(fieldsOf(checkSubmission({ ...valid, deliveryMethod: 'post' }))).toEqual(['address'])
  })

  it('should refuse an unknown applicant type and text past its length', () => {
    expect(fieldsOf(checkSubmission({ ...valid, applicantType: 'robot' }))).toContain('applicantType')
    expect(fieldsOf(checkSubmission({ ...valid, requestedInformation: '字'.repeat(2001) }))).toEqual([
      'requestedInformation',
    ])
  })
})
