/** Enterprise liaisons (企业联络员). Names and numbers are invented. */
import type { SeedUser } from "./types";

type LiaisonRow = [
  username: string,
  name: string,
  nameEn: string,
  enterpriseCode: string,
  title: string,
  phone: string,
];

const rows: LiaisonRow[] = [
  ["liaison1", "陈静", "Chen Jing", "xinlian-micro", "行政部经理", "13792461835"],
  ["liaison2", "刘洋", "Liu Yang", "baic-laixi", "安保部部长", "13792465207"],
  ["liaison3", "宋佳", "Song Jia", "vland-bio", "人力资源总监", "13792468614"],
  ["liaison4", "孙明远", "Sun Mingyuan", "zhixin-valley", "园区运营部经理", "13589213760"],
  ["liaison5", "王海燕", "Wang Haiyan", "liyuan-battery", "项目办主任", "13589217342"],
  ["liaison6", "李建国", "Li Jianguo", "dianbu-airport", "安全保卫部经理", "13589215096"],
  ["liaison7", "张丽", "Zhang Li", "lujian-prefab", "综合办主任", "15065328419"],
  ["liaison8", "赵文斌", "Zhao Wenbin", "guhewan-food", "行政副总", "15065324873"],
  ["liaison9", "周婷婷", "Zhou Tingting", "health-town", "综合管理部主管", "15065321658"],
  ["liaison10", "钱磊", "Qian Lei", "lvchuang-aluminium", "仓储物流部经理", "17853240927"],
  ["liaison11", "黄晓光", "Huang Xiaoguang", "yunyi-uav", "总经理助理", "17853246381"],
  ["liaison12", "郭娜", "Guo Na", "xianda-frozen", "人事行政经理", "19963217504"],
];

export const liaisonUsers: SeedUser[] = rows.map(
  ([username, name, nameEn, enterpriseCode, title, phone]): SeedUser => ({
    username,
    name,
    nameEn,
    role: "LIAISON",
    enterpriseCode,
    title,
    phone,
  }),
);
