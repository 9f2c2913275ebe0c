import type { FacilityInput } from '../../modules/facilities/service.ts';

/**
 * Clearly fictional: 架空区 is no real ward, 999-99xx no real postal code, and the FINs are
 * not ones ICCBBA assigned to anyone we know of.
 */
export const DEMO_FACILITIES: FacilityInput[] = [
  {
    kind: 'clinic',
    name: 'さいせい皮膚科クリニック（デモ）',
    nameKana: 'サイセイヒフカクリニック',
    postalCode: '999-9901',
    address: '東京都架空区見本町1-2-3 デモビル4階',
    phone: '03-0000-0001',
    isbt128Fin: 'X9991',
    registrationNumber: 'DEMO-0000001',
    administratorName: '見本 太郎',
    planNumbers: ['PB3990001', 'PC3990002'],
  },
  {
    kind: 'cpc',
    name: 'さいせい細胞加工センター（デモ）',
    nameKana: 'サイセイサイボウカコウセンター',
    postalCode: '999-9902',
    address: '東京都架空区試験町4-5-6',
    phone: '03-0000-0002',
    isbt128Fin: 'X9992',
    registrationNumber: 'FC3990001',
    administratorName: '試験 花子',
  },
];
