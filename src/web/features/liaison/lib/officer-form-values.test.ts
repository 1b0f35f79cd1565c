import { describe, expect, it } from 'vitest';
import type { Officer } from '../../../../contracts/liaison';
import {
  officerFieldOf,
  officerFormValuesOf,
  toCreateOfficerRequest,
  toUpdateOfficerRequest,
} from './officer-form-values';

const officer: Officer = {
  id: 7,
  userId: 31,
  name: '刘建国',
  mobile: '138****0001',
  unitDepartmentId: 12,
  unitRegionCode: '430400',
  unitName: '市工信局',
  post: '副科长',
  regionCode: '430482',
  regionName: '常宁市',
  activeFrom: '2020-02-10',
  activeTo: null,
  isActive: true,
  subjects: 5,
  primarySubjects: 3,
  version: 4,
};

describe('officer form values', () => {
  it('sends one unit and null for the other', () => {
    const body = toCreateOfficerRequest({
      name: ' 王芳 ',
      mobile: '13907341234',
      unitKind: 'government',
      unitDepartmentId: 12,
      unitRegionCode: '430482',
      post: '',
      regionCode: '430482',
      activeFrom: '2020-03-01',
      activeTo: undefined,
      password: 'Hy@2020lly',
    });
    expect(body).toEqual({
      name: '王芳',
      mobile: '13907341234',
      unitDepartmentId: null,
      unitRegionCode: '430482',
      post: '',
      regionCode: '430482',
      activeFrom: '2020-03-01',
      activeTo: null,
      password: 'Hy@2020lly',
    });
  });

  it('changes nothing when nothing was edited', () => {
    expect(toUpdateOfficerRequest(officerFormValuesOf(officer), officer)).toEqual({});
  });

  it('sends only the edited fields, and both unit fields when the unit changes', () => {
    const values = { ...officerFormValuesOf(officer), post: '科长', activeTo: '2020-04-30' };
    expect(toUpdateOfficerRequest(values, officer)).toEqual({ post: '科长', activeTo: '2020-04-30' });
    const moved = { ...values, unitKind: 'government' as const, unitRegionCode: '430482' };
    expect(toUpdateOfficerRequest(moved, officer)).toMatchObject({
      unitDepartmentId: null,
      unitRegionCode: '430482',
    });
  });

  it('notices a change of county government', () => {
    const county: Officer = { ...officer, unitDepartmentId: null, unitRegionCode: '430482' };
    const values = { ...officerFormValuesOf(county), unitRegionCode: '430481' };
    expect(officerFormValuesOf(county).unitKind).toBe('government');
    expect(toUpdateOfficerRequest(values, county)).toEqual({
      unitDepartmentId: null,
      unitRegionCode: '430481',
    });
  });

  it('puts a unit error on the picker in view', () => {
    expect(officerFieldOf('/unitRegionCode', 'department')).toBe('unitDepartmentId');
    expect(officerFieldOf('body.unitDepartmentId', 'government')).toBe('unitRegionCode');
    expect(officerFieldOf('mobile', 'department')).toBe('mobile');
  });
});
