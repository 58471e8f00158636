// Words of the change-safety code action, English and Korean.
export const CHANGE_SAFETY_TEXTS = {
    en: { exportReassignment: (base: string) => `Export the reassignment and its rollback (against ${base})` },
    ko: { exportReassignment: (base: string) => `재할당 파일과 롤백 파일 내보내기 (${base} 기준)` }
} as const;
