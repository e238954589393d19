// The agreement between stated and computed status is the engine's judgement; the pane only shows it.
export { goalAgreement, type GoalAgreement } from "../../domain/goals/agreement";
